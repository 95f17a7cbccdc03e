fn main() {
    tradefair::panic::install();
    wasm_bindgen_futures::spawn_local(tradefair::app::boot());
}
