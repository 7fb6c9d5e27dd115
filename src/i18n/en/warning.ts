// English UI strings: the warning page.
export const warning = {
} as const;
