// Placeholder: replaced by the options page.
