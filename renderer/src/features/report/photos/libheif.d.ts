// The part of libheif-js's embind API (libheif-wasm/libheif.d.ts, which types most of it as
// `any`) the HEIC decoder uses. The bundle holds the WebAssembly binary inline and instantiates it
// synchronously, which browsers allow in a Worker.
declare module 'libheif-js/libheif-wasm/libheif-bundle.mjs' {
  /** An embind enum value: compared by identity with the module's table. */
  export interface HeifEnumValue {
    readonly value: number;
  }

  export interface HeifError {
    code: HeifEnumValue;
    message: string;
  }

  export interface HeifHandle {
    readonly __brand: 'heif_image_handle';
  }

  export interface HeifContext {
    readonly __brand: 'heif_context';
  }

  export interface HeifChannel {
    id: HeifEnumValue;
    width: number;
    height: number;
    stride: number;
    data: Uint8Array;
  }

  export interface HeifDecodedImage {
    /** Set on failure only. */
    code?: HeifEnumValue;
    message?: string;
    image: unknown;
    width: number;
    height: number;
    channels: HeifChannel[];
  }

  export interface LibHeif {
    heif_get_version(): string;
    heif_error_code: { heif_error_Ok: HeifEnumValue };
    heif_colorspace: { heif_colorspace_RGB: HeifEnumValue };
    heif_chroma: { heif_chroma_interleaved_RGBA: HeifEnumValue };
    heif_channel: { heif_channel_interleaved: HeifEnumValue };
    heif_context_alloc(): HeifContext | null;
    heif_context_free(context: HeifContext): void;
    heif_context_read_from_memory(context: HeifContext, bytes: Uint8Array): HeifError;
    /** A handle, or an error object with a `code` when there is no primary image. */
    heif_js_context_get_primary_image_handle(context: HeifContext): HeifHandle | HeifError;
    heif_image_handle_release(handle: HeifHandle): void;
    heif_image_handle_has_alpha_channel(handle: HeifHandle): number;
    /** The image with its transformations (irot, imir, clap) applied, as libheif does by default. */
    heif_js_decode_image2(
      handle: HeifHandle,
      colorspace: HeifEnumValue,
      chroma: HeifEnumValue,
    ): HeifDecodedImage | null | Promise<HeifDecodedImage | null>;
    heif_image_release(image: unknown): void;
  }

  export default function libheif(options?: object): LibHeif;
}
