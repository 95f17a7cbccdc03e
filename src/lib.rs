//! Tradefair app
