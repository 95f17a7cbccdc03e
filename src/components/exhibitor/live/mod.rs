//! The console's Live tab: the studio (camera, microphone, screen, WHIP broadcast) and the
//! booth during the stream (pinned products, questions, chat, who is watching).

mod broadcast;
mod chat;
mod devices;
mod meter;
mod pins;
mod questions;
mod studio;
mod watching;

pub use broadcast::BroadcastPanel;
pub use chat::ExhibitorChat;
pub use devices::DevicePanel;
pub use meter::MicMeter;
pub use pins::ProductPins;
pub use questions::QuestionDesk;
pub use studio::{DeviceProblem, LiveProblem, Preview, Studio};
pub use watching::{watchers, Watcher, WatchingNow};
