/// <reference types="vite/client" />

/** package.json's version, fixed at build time. */
declare const __APP_VERSION__: string;
