/*! dj-parking-h5 vendor chunk (runtime helpers only) */window.__DJ_RUNTIME__={version:'2.6.14'};
