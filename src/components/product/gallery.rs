use leptos::prelude::*;
use tradefair_core::wire::{Category, ProductImage as ImageData};

use crate::components::catalog::ProductImage;
use crate::t;

/// A main image with thumbnails; thumbnails are buttons (keyboard and screen-reader usable).
#[component]
pub fn Gallery(
    /// The product's images.
    images: Vec<ImageData>,
    /// Category, for drawn images.
    category: Category,
    /// The product's name, for text alternatives.
    name: String,
) -> impl IntoView {
    let total = images.len();
    let selected = RwSignal::new(0usize);
    let images = StoredValue::new(images);
    let name = StoredValue::new(name);
    view! {
        <section class="gallery" aria-label=move || t!("product-gallery")>
            <div class="gallery__main">
                {move || {
                    let i = selected.get().min(total.saturating_sub(1));
                    images
                        .with_value(|imgs| imgs.get(i).cloned())
                        .map(|img| {
                            let alt = t!("product-image-alt", name = name.get_value(), index = i + 1, total = total);
                            view! { <ProductImage category=category hue=img.hue view=img.view url=img.url alt=alt/> }
                        })
                }}
            </div>
            <ul class="gallery__thumbs" role="list">
                {images
                    .get_value()
                    .into_iter()
                    .enumerate()
                    .map(|(i, img)| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="gallery__thumb"
                                    aria-pressed=move || (selected.get() == i).to_string()
                                    aria-label=move || t!("product-show-image", index = i + 1)
                                    on:click=move |_| selected.set(i)
                                >
                                    <ProductImage category=category hue=img.hue view=img.view url=img.url.clone() alt=""/>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
