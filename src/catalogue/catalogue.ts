// Placeholder: replaced by the catalogue page.
