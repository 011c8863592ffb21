// Starts the staff page's bundle (the cooperative and roster screens). Only staff.html loads
// it, so the household page never downloads this code.
import init from './staff.js';

init({ module_or_path: './staff_bg.wasm' });
