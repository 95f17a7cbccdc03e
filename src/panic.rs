//! What a buyer sees if the app hits a bug it cannot recover from.
//!
//! In release builds a panic aborts the wasm instance, so the page would freeze with no
//! word of why. The hook logs the panic (for the developer console and any error
//! reporting that reads it) and puts a notice in the buyer's language at the top of the
//! page, with a plain link that reloads (a link, because no code of ours can run after
//! the abort). The notice text is kept current by [`remember_notice`] whenever the
//! language changes, since looking a message up during a panic could itself panic.

use std::cell::RefCell;

thread_local! {
    /// (notice, reload link); empty until the app has mounted in a language.
    static NOTICE: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

/// Installs the hook (once, at start-up).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_notice();
    }));
}

/// Stores the notice in the current language (called when the language changes).
pub fn remember_notice(text: String, reload: String) {
    NOTICE.with(|n| {
        if let Ok(mut n) = n.try_borrow_mut() {
            *n = (text, reload);
        }
    });
}

fn show_notice() {
    let Some((text, reload)) = NOTICE.with(|n| n.try_borrow().ok().map(|n| n.clone())) else {
        return;
    };
    if text.is_empty() {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("panic-notice").is_some() {
        return;
    }
    let Ok(notice) = doc.create_element("div") else {
        return;
    };
    notice.set_id("panic-notice");
    let _ = notice.set_attribute("role", "alert");
    let _ = notice.set_attribute("class", "panic-notice");
    if let Ok(p) = doc.create_element("p") {
        p.set_text_content(Some(&text));
        let _ = notice.append_child(&p);
    }
    if let Ok(a) = doc.create_element("a") {
        let _ = a.set_attribute("href", "");
        let _ = a.set_attribute("class", "button button--primary");
        a.set_text_content(Some(&reload));
        let _ = notice.append_child(&a);
    }
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}
