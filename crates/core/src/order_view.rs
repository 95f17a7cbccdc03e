//! How an order's coded facts read to a buyer.

/// Where a supplier's order ships from (`Order::ships_from`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShipsFrom {
    /// The supplier's factory.
    Factory,
    /// An overseas warehouse in this country (ISO alpha-2, upper case).
    Warehouse(String),
    /// A value this version does not know, shown as sent.
    Other(String),
}

impl ShipsFrom {
    /// `factory` or `warehouse:<country>`.
    pub fn parse(text: &str) -> ShipsFrom {
        match text.trim() {
            "factory" => ShipsFrom::Factory,
            t => match t.strip_prefix("warehouse:") {
                Some(c) if c.len() == 2 && c.chars().all(|c| c.is_ascii_alphabetic()) => {
                    ShipsFrom::Warehouse(c.to_ascii_uppercase())
                }
                _ => ShipsFrom::Other(t.to_string()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_parse() {
        assert_eq!(ShipsFrom::parse("factory"), ShipsFrom::Factory);
        assert_eq!(
            ShipsFrom::parse("warehouse:de"),
            ShipsFrom::Warehouse("DE".into())
        );
        assert_eq!(
            ShipsFrom::parse("warehouse:<b>"),
            ShipsFrom::Other("warehouse:<b>".into())
        );
        assert_eq!(ShipsFrom::parse("moon"), ShipsFrom::Other("moon".into()));
    }
}
