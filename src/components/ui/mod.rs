//! Generic widgets: async states, skeletons, badges.

mod async_state;
mod price;

pub use async_state::{ErrorPanel, Skeleton, SkeletonKind};
pub use price::{Price, PriceKind};
