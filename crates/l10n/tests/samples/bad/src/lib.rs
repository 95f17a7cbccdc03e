fn f() { tr("no-such-key"); tr("welcome"); }
