//! Camera, microphone, resolution and screen share, with the preview of what goes on air.

use leptos::html;
use leptos::prelude::*;

use super::meter::MicMeter;
use super::studio::{Preview, Studio};
use crate::media::devices::Device;
use crate::media::studio::{Resolution, Source};
use crate::t;

/// A device's name, or "Camera 2" while the browser hides names.
fn device_name(device: &Device, index: usize, camera: bool) -> String {
    if !device.label.is_empty() {
        device.label.clone()
    } else if camera {
        t!("live-camera-unnamed", number = index + 1)
    } else {
        t!("live-microphone-unnamed", number = index + 1)
    }
}

/// One device `<select>`.
#[component]
fn DeviceSelect(
    /// The studio.
    studio: Studio,
    /// Cameras (`true`) or microphones.
    camera: bool,
) -> impl IntoView {
    let chosen = if camera {
        studio.camera
    } else {
        studio.microphone
    };
    let id = if camera {
        "live-camera-select"
    } else {
        "live-microphone-select"
    };
    let list = move || {
        studio.devices.with(|d| {
            if camera {
                d.cameras.clone()
            } else {
                d.microphones.clone()
            }
        })
    };
    let on_change = move |ev| {
        chosen.set(event_target_value(&ev));
        if studio.preview.get_untracked() != Preview::Off {
            studio.open_camera();
        }
    };
    view! {
        <div class="field live-field">
            <label for=id>{move || if camera { t!("live-camera") } else { t!("live-microphone") }}</label>
            <select id=id on:change=on_change disabled=move || list().is_empty()>
                {move || {
                    let devices = list();
                    if devices.is_empty() {
                        return view! {
                            <option value="">
                                {move || if camera { t!("live-no-camera") } else { t!("live-no-microphone") }}
                            </option>
                        }
                            .into_any();
                    }
                    devices
                        .into_iter()
                        .enumerate()
                        .map(|(i, d)| {
                            let name = device_name(&d, i, camera);
                            let value = d.id.clone();
                            view! {
                                <option value=d.id selected=move || chosen.get() == value>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </select>
        </div>
    }
}

/// Devices, resolution, preview, microphone level and screen share.
#[component]
pub fn DevicePanel(
    /// The studio.
    studio: Studio,
) -> impl IntoView {
    let video = NodeRef::<html::Video>::new();
    Effect::new(move |_| {
        studio.revision.track();
        studio.source.track();
        if let Some(v) = video.get() {
            v.set_src_object(studio.shown_stream().as_ref());
        }
    });
    let on_resolution = move |ev| {
        if let Some(r) = Resolution::from_slug(&event_target_value(&ev)) {
            studio.resolution.set(r);
            if studio.preview.get_untracked() != Preview::Off {
                studio.open_camera();
            }
        }
    };
    let camera_on = move || studio.preview.get() == Preview::On;
    let source_text = move || match (studio.source.get(), studio.on_air.get().is_active()) {
        (Source::Camera, true) => t!("live-on-air-camera"),
        (Source::Screen, true) => t!("live-on-air-screen"),
        (Source::Camera, false) => t!("live-preview-camera"),
        (Source::Screen, false) => t!("live-preview-screen"),
    };
    view! {
        <section class="live-devices panel" aria-labelledby="live-devices-title">
            <h2 id="live-devices-title">{move || t!("live-devices-title")}</h2>
            <div class="live-preview" data-source=move || studio.source.get().slug()>
                <video
                    class="live-preview__video"
                    node_ref=video
                    autoplay=true
                    playsinline=true
                    prop:muted=true
                    hidden=move || !camera_on()
                    aria-label=move || t!("live-preview-label")
                ></video>
                <Show when=camera_on>
                    <p class="live-preview__source" data-testid="on-air-source">{source_text}</p>
                </Show>
                {move || match studio.preview.get() {
                    Preview::On => ().into_any(),
                    Preview::Opening => {
                        view! {
                            <div class="live-preview__placeholder" role="status" aria-busy="true">
                                <span class="live-spinner live-spinner--large" aria-hidden="true"></span>
                                <span>{move || t!("live-camera-opening")}</span>
                            </div>
                        }
                            .into_any()
                    }
                    Preview::Off => {
                        view! {
                            <div class="live-preview__placeholder">
                                <p>{move || t!("live-camera-ask")}</p>
                                <button type="button" class="button button--primary" on:click=move |_| studio.open_camera()>
                                    {move || t!("live-camera-allow")}
                                </button>
                            </div>
                        }
                            .into_any()
                    }
                    Preview::Failed(problem) => {
                        let key = problem.message_key();
                        view! {
                            <div class="live-preview__placeholder live-preview__placeholder--error" role="alert">
                                <p>{move || crate::i18n::tr(key)}</p>
                                <button type="button" class="button" on:click=move |_| studio.open_camera()>
                                    {move || t!("live-camera-retry")}
                                </button>
                            </div>
                        }
                            .into_any()
                    }
                }}
            </div>
            <MicMeter studio/>
            <div class="live-device-fields">
                <DeviceSelect studio camera=true/>
                <DeviceSelect studio camera=false/>
                <div class="field live-field">
                    <label for="live-resolution-select">{move || t!("live-resolution")}</label>
                    <select id="live-resolution-select" on:change=on_resolution>
                        {Resolution::ALL
                            .into_iter()
                            .map(|r| {
                                let label = move || match r {
                                    Resolution::P360 => t!("live-resolution-360"),
                                    Resolution::P720 => t!("live-resolution-720"),
                                    Resolution::P1080 => t!("live-resolution-1080"),
                                };
                                view! {
                                    <option value=r.slug() selected=move || studio.resolution.get() == r>
                                        {label}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <div class="live-screen">
                <Show
                    when=move || studio.source.get() == Source::Screen
                    fallback=move || {
                        view! {
                            <button type="button" class="button" disabled=move || !camera_on() on:click=move |_| studio.share_screen()>
                                {move || t!("live-share-screen")}
                            </button>
                        }
                    }
                >
                    <button type="button" class="button" on:click=move |_| studio.back_to_camera()>
                        {move || t!("live-back-to-camera")}
                    </button>
                </Show>
                {move || {
                    studio
                        .screen_problem
                        .get()
                        .map(|p| {
                            let key = p.message_key();
                            view! { <p class="field-error" role="alert">{move || crate::i18n::tr(key)}</p> }
                        })
                }}
            </div>
        </section>
    }
}
