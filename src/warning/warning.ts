// Placeholder: replaced by the warning page.
