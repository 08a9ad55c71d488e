/** Caps on offline pictures, shared by the picture copy at save time and the import of a backup. */
export interface PictureCaps {
  /** One picture (a bigger one is left out). */
  perPicture: number;
  /** All pictures of one article. */
  perArticle: number;
  /** All pictures in the library. */
  total: number;
}

export const DEFAULT_PICTURE_CAPS: PictureCaps = {
  perPicture: 5 * 1024 * 1024,
  perArticle: 20 * 1024 * 1024,
  total: 500 * 1024 * 1024,
};
