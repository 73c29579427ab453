// Node 22 has no Temporal; the engine and its tests use the same polyfill the browser falls back to.
import 'temporal-polyfill/global';
