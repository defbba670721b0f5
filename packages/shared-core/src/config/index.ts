export { defineSettings, integer, loadConfig, oneOf, text, type ConfigOf, type Setting } from './config.js';
