// Starts the trainer's page's bundle (the household page with the workshop's steps). Only
// workshop.html loads it, so the household page never downloads this code.
import init from './workshop.js';

init({ module_or_path: './workshop_bg.wasm' });
