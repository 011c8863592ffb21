// Starts tools.html: the trainer's page's bundle, which on this page starts the household page
// with sharing, saving, printing and break-even. The household page never downloads it.
import init from './workshop.js';

init({ module_or_path: './workshop_bg.wasm' });
