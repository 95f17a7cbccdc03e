//! Catalog views: cards, filters, paging.

mod facets;
pub mod labels;
mod pager;
mod product_card;
mod product_image;

pub use facets::{ActiveFilters, FacetPanel};
pub use pager::Pager;
pub use product_card::{CardGrid, ProductCard};
pub use product_image::ProductImage;
