// English UI strings: the catalogue page.
export const catalogue = {
} as const;
