use leptos::prelude::*;
use tradefair_core::order_csv::{self, CsvHeadings, CsvWords};
use tradefair_core::trade::Order;
use wasm_bindgen::JsCast;

use super::labels;
use crate::i18n::tr;
use crate::t;

/// The CSV column headings in the buyer's language.
fn headings() -> CsvHeadings {
    CsvHeadings {
        order_number: tr("order-csv-number"),
        checkout_id: tr("order-csv-checkout"),
        placed_at: tr("order-csv-placed"),
        supplier: tr("order-csv-supplier"),
        status: tr("order-csv-status"),
        product_id: tr("order-csv-product-id"),
        product: tr("order-csv-product"),
        quantity: tr("order-csv-quantity"),
        unit: tr("order-csv-unit"),
        unit_price: tr("order-csv-unit-price"),
        line_total: tr("order-csv-line-total"),
        currency: tr("order-csv-currency"),
        incoterm: tr("order-csv-incoterm"),
        ships_from: tr("order-csv-ships-from"),
        po_number: tr("order-csv-po-number"),
        escrow: tr("order-csv-escrow"),
        tracking: tr("order-csv-tracking"),
    }
}

/// Hands `text` to the browser as a file download through a Blob URL (nothing leaves the
/// device). Returns whether the browser accepted it.
fn download(file_name: &str, text: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // The download has started from the URL; free it once the browser has read it.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    true
}

/// "Download CSV" and "Print" for the orders shown (hidden when printing).
#[component]
pub fn OrderActions(
    /// The orders the file holds.
    orders: Vec<Order>,
    /// The order or checkout id the page shows (names the file).
    id: String,
) -> impl IntoView {
    let orders = StoredValue::new(orders);
    let failed = RwSignal::new(false);
    let on_csv = move |_| {
        let status = |s| labels::status(s);
        let escrow = |e| labels::escrow(e);
        let text = orders.with_value(|o| {
            order_csv::orders_csv(
                o,
                &headings(),
                &CsvWords {
                    status: &status,
                    escrow: &escrow,
                },
            )
        });
        failed.set(!download(&order_csv::file_name(&id), &text));
    };
    let on_print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="order-actions no-print">
            <button type="button" class="button" on:click=on_csv>{move || t!("order-download-csv")}</button>
            <button type="button" class="button" on:click=on_print>{move || t!("order-print")}</button>
            {move || failed.get().then(|| view! { <p class="field-error" role="alert">{t!("order-download-failed")}</p> })}
        </div>
    }
}
