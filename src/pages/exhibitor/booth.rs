//! `/exhibitor/booth`: the booth editor — what buyers see of the booth, edited by its
//! exhibitor and saved as one profile.

use leptos::prelude::*;
use tradefair_core::exhibitor::BoothProfile;
use tradefair_core::exhibitor_form::{check_profile, merge_problems, ProfileDraft};
use tradefair_core::trade::FieldError;
use tradefair_core::wire::{CatalogQuery, ProductSummary};

use super::on_console_error;
use crate::api::{self, ApiError};
use crate::components::exhibitor::editor::{
    focus, focus_target, BrochureChoice, EditorErrors, FeaturedProducts, MeetingHours,
    ProfileTexts, SessionSchedule,
};
use crate::components::quotes::today;
use crate::components::ui::{ErrorPanel, Skeleton, SkeletonKind};
use crate::i18n;
use crate::routes::AppRoute;
use crate::state::auth::use_auth;
use crate::state::{storage, use_settings};
use crate::t;

fn draft_key(booth_id: u32) -> String {
    format!("tradefair.booth-draft.{booth_id}")
}

/// The booth editor of booth `booth_id`: loads the saved profile and the exhibitor's
/// products, then edits them.
#[component]
pub fn BoothTab(
    /// The signed-in exhibitor's booth.
    booth_id: u32,
) -> impl IntoView {
    let auth = use_auth();
    let settings = use_settings();
    let data = LocalResource::new(move || {
        // Product names in the language the editor opened in; a locale switch does not
        // reload the editor under the exhibitor's hands.
        let locale = i18n::locale_untracked().tag();
        let currency = settings.currency.get_untracked();
        async move {
            let load = async {
                let profile = api::backend().booth_profile(booth_id).await?;
                let mut q = CatalogQuery::new(locale, currency);
                q.supplier_id = Some(booth_id);
                q.per_page = tradefair_core::url::MAX_PER_PAGE;
                let page = api::backend().search(&q).await?;
                Ok::<_, ApiError>((profile, page.items))
            };
            let result = load.await;
            if let Err(e) = &result {
                on_console_error(auth, e);
            }
            result
        }
    });

    view! {
        <section class="exhibitor-editor" aria-labelledby="editor-title">
            <h2 id="editor-title">{move || t!("editor-title")}</h2>
            <Transition fallback=move || view! { <Skeleton kind=SkeletonKind::Detail/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((profile, products)) => view! {
                            <BoothEditor booth_id=booth_id saved=profile products=products/>
                        }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e on_retry=move |_| data.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The loaded editor: the draft (kept in `localStorage` until saved), its sections, the
/// unsaved-changes state and saving.
#[component]
fn BoothEditor(booth_id: u32, saved: BoothProfile, products: Vec<ProductSummary>) -> impl IntoView {
    let auth = use_auth();
    let key = StoredValue::new(draft_key(booth_id));
    let initial =
        ProfileDraft::from_storage(key.with_value(|k| storage::get(k)).as_deref(), &saved)
            .unwrap_or_else(|| ProfileDraft::from_profile(&saved));
    let restored = initial != ProfileDraft::from_profile(&saved);
    let saved = RwSignal::new(saved);
    let draft = RwSignal::new(initial);
    let errors = EditorErrors(RwSignal::new(Vec::<FieldError>::new()));
    let saving = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let just_saved = RwSignal::new(false);
    let changed = Memo::new(move |_| saved.with(|s| draft.with(|d| d.is_changed(s))));

    // Every change is kept until saved, so a reload or a detour loses nothing.
    Effect::new(move |_| {
        if changed.get() {
            just_saved.set(false);
            let text = saved.with(|s| draft.with(|d| d.to_storage(s)));
            key.with_value(|k| storage::set(k, &text));
        } else {
            key.with_value(|k| storage::remove(k));
        }
    });

    let show = move |found: Vec<FieldError>| {
        let first = found.first().map(|f| focus_target(&f.field));
        errors.0.set(found);
        if let Some(id) = first {
            request_animation_frame(move || focus(&id));
        }
    };

    let save = move || {
        failure.set(None);
        just_saved.set(false);
        // Every problem at once: the typed text, then the core rules on the rest.
        let (profile, typed) = draft.with_untracked(|d| d.parse());
        let found = merge_problems(typed, check_profile(&profile, today()));
        if !found.is_empty() {
            return show(found);
        }
        errors.0.set(Vec::new());
        saving.set(true);
        leptos::task::spawn_local(async move {
            match api::backend().save_booth_profile(booth_id, &profile).await {
                Ok(p) => {
                    draft.set(ProfileDraft::from_profile(&p));
                    saved.set(p);
                    just_saved.set(true);
                    request_animation_frame(|| focus("editor-saved"));
                }
                Err(ApiError::Validation(found)) => show(found),
                Err(e) => {
                    on_console_error(auth, &e);
                    failure.set(Some(e));
                }
            }
            saving.set(false);
        });
    };
    let products_for_schedule = products.clone();

    view! {
        <form class="editor" novalidate=true on:submit=move |ev| { ev.prevent_default(); save(); }>
            <p class="editor-status" role="status" data-testid="editor-status">
                {move || if changed.get() {
                    view! { <span class="badge badge--pending">{t!("editor-unsaved")}</span> }.into_any()
                } else {
                    view! { <span class="muted">{t!("editor-no-changes")}</span> }.into_any()
                }}
            </p>
            {restored.then(|| view! { <p class="note">{move || t!("editor-draft-restored")}</p> })}
            <ProfileTexts draft=draft errors=errors/>
            <FeaturedProducts draft=draft errors=errors products=products/>
            <BrochureChoice draft=draft errors=errors booth_id=booth_id/>
            <SessionSchedule draft=draft errors=errors products=products_for_schedule/>
            <MeetingHours draft=draft errors=errors/>

            <div class="editor-actions">
                {move || {
                    let n = errors.0.with(Vec::len);
                    (n > 0).then(|| view! {
                        <p class="field-error" role="alert">{t!("editor-errors-summary", count = n)}</p>
                    })
                }}
                {move || failure.get().map(|e| view! { <ErrorPanel error=e on_retry=move |_| save()/> })}
                {move || just_saved.get().then(|| view! {
                    <div class="editor-saved" id="editor-saved" tabindex="-1" role="status">
                        <p>{t!("editor-saved")}</p>
                        <a href=AppRoute::Booth(booth_id).path()>{t!("editor-view-public")}</a>
                    </div>
                })}
                <p class="note">{move || t!("editor-draft-kept")}</p>
                <div class="editor-actions__buttons">
                    <button type="submit" class="button button--primary" disabled=move || saving.get()>
                        {move || if saving.get() { t!("editor-saving") } else { t!("editor-save") }}
                    </button>
                    <button
                        type="button"
                        class="link-button"
                        disabled=move || !changed.get() || saving.get()
                        on:click=move |_| {
                            errors.0.set(Vec::new());
                            let fresh = saved.with_untracked(ProfileDraft::from_profile);
                            draft.set(fresh);
                        }
                    >
                        {move || t!("editor-discard")}
                    </button>
                </div>
            </div>
        </form>
    }
}
