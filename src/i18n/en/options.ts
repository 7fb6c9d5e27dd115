// English UI strings: the options page.
export const options = {
} as const;
