pub fn cart() -> String {
    t!("cart-total.title")
}
