pub fn view() {
    let _ = tr("welcome");
    let _ = tr_args(
        "cart-items",
        &[("count", 3.into())],
    );
    let _ = tr_text("search.placeholder");
    // tr("commented-out-key") is ignored
}
