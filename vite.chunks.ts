// The libraries every screen uses, in chunks of their own, for both renderer builds (Electron's and
// the web platform's): they change less often than the app, and no chunk is over Vite's 500 kB
// warning. Screens are split by route (renderer/src/app/routes.tsx).
export const rendererOutput = {
  codeSplitting: {
    groups: [
      { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
      // Not @mui/x-charts: only Ratings draws charts, and it loads them with its own chunk.
      { name: 'mui', test: /node_modules[\\/](@mui[\\/](?!x-)|@emotion|@popperjs)/ },
    ],
  },
};

/**
 * The face detector's weights and TensorFlow.js's WebAssembly, imported with `?inline` by the
 * photo worker's face model (features/report/photos/faces/face-model.ts): files Vite does not
 * know as assets by their extension.
 */
export const modelAssets = ['**/tiny_face_detector_model.bin', '**/tfjs-backend-wasm-simd.wasm'];
