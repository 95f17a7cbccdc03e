//! The cart: lines the buyer collects across suppliers, kept in `localStorage` so they
//! survive reloads and backend outages, and shared with other tabs through the `storage`
//! event (a change in one tab shows in the others at once).

use leptos::prelude::*;
use tradefair_core::trade::CartLineRef;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::storage;
use crate::api::cart_store::{self, Recovery, StoredCart};

/// The cart context.
#[derive(Clone, Copy)]
pub struct Cart {
    stored: RwSignal<StoredCart>,
    writable: RwSignal<bool>,
    /// Set when a stored cart had to be migrated or reset; the cart page says so.
    pub recovery: RwSignal<Option<Recovery>>,
}

impl Cart {
    /// Loads the stored cart and starts listening to other tabs.
    pub fn load() -> Cart {
        let loaded = cart_store::parse(storage::get(cart_store::KEY).as_deref());
        let recovery = loaded.recovery;
        let cart = Cart {
            stored: RwSignal::new(loaded.cart),
            writable: RwSignal::new(loaded.writable),
            recovery: RwSignal::new(recovery),
        };
        if recovery.is_some() {
            cart.save();
        }
        cart.listen_to_other_tabs();
        cart
    }

    fn listen_to_other_tabs(self) {
        let on_storage =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
                if ev.key().as_deref() == Some(cart_store::KEY) {
                    let loaded = cart_store::parse(ev.new_value().as_deref());
                    if loaded.writable {
                        self.stored.set(loaded.cart);
                        if loaded.recovery.is_some() {
                            self.recovery.set(loaded.recovery);
                        }
                    }
                }
            });
        if let Some(w) = web_sys::window() {
            let _ =
                w.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        }
        // The cart lives as long as the app.
        on_storage.forget();
    }

    fn save(&self) {
        if !self.writable.get_untracked() {
            return;
        }
        let text = self.stored.with_untracked(cart_store::serialize);
        if !storage::set(cart_store::KEY, &text) {
            leptos::logging::warn!("cart could not be saved to localStorage");
        }
    }

    fn update(&self, f: impl FnOnce(&mut StoredCart)) {
        self.stored.update(f);
        self.save();
    }

    /// The lines (reactive).
    pub fn lines(&self) -> Vec<CartLineRef> {
        self.stored.with(|s| s.lines.clone())
    }

    /// Number of lines (reactive).
    pub fn count(&self) -> usize {
        self.stored.with(|s| s.lines.len())
    }

    /// Quantity of a product in the cart (reactive).
    pub fn quantity_of(&self, product_id: u32) -> Option<u32> {
        self.stored.with(|s| {
            s.lines
                .iter()
                .find(|l| l.product_id == product_id)
                .map(|l| l.quantity)
        })
    }

    /// Adds `quantity` of a product (to an existing line of it, if any).
    pub fn add(&self, product_id: u32, quantity: u32) {
        self.update(|s| {
            match s
                .lines
                .iter_mut()
                .find(|l| l.product_id == product_id && l.quote_id.is_none())
            {
                Some(line) => line.quantity = line.quantity.saturating_add(quantity),
                None => s.lines.push(CartLineRef {
                    product_id,
                    quantity,
                    quote_id: None,
                }),
            }
            // The cart changed: a checkout in progress is a different order now.
            s.checkout_key = None;
        });
    }

    /// Adds a line at a quoted price.
    pub fn add_quoted(&self, product_id: u32, quantity: u32, quote_id: String) {
        self.update(|s| {
            s.lines
                .retain(|l| l.quote_id.as_deref() != Some(quote_id.as_str()));
            s.lines.push(CartLineRef {
                product_id,
                quantity,
                quote_id: Some(quote_id),
            });
            s.checkout_key = None;
        });
    }

    /// Sets the quantity of line `index`.
    pub fn set_quantity(&self, index: usize, quantity: u32) {
        self.update(|s| {
            if let Some(line) = s.lines.get_mut(index) {
                line.quantity = quantity;
            }
            s.checkout_key = None;
        });
    }

    /// Removes line `index`.
    pub fn remove(&self, index: usize) {
        self.update(|s| {
            if index < s.lines.len() {
                s.lines.remove(index);
            }
            s.checkout_key = None;
        });
    }

    /// Empties the cart (after an order was placed).
    pub fn clear(&self) {
        self.update(|s| *s = StoredCart::new(Vec::new()));
    }

    /// The idempotency key of the checkout in progress, created on first use and stored with
    /// the cart, so a reload or a retry of "place order" reuses it.
    pub fn checkout_key(&self) -> String {
        if let Some(k) = self.stored.with_untracked(|s| s.checkout_key.clone()) {
            return k;
        }
        let key = new_key();
        self.update(|s| s.checkout_key = Some(key.clone()));
        key
    }
}

fn new_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("k-{}-{}", js_sys::Date::now(), js_sys::Math::random()))
}

/// The cart provided by `App`.
pub fn use_cart() -> Cart {
    expect_context::<Cart>()
}
