import type { CONTACT_FIELDS } from "../manifest/vocabulary.js";

/** The built-in sample contact: every field of the contact collection, with realistic values. */
export const SAMPLE_CONTACT: Readonly<Record<(typeof CONTACT_FIELDS)[number], string>> = {
  first_name: "Dana",
  last_name: "Whitfield",
  email: "dana.whitfield@harborlight.example.com",
  phone: "+1 415 555 0142",
  address: "410 Marina Blvd, San Francisco, CA 94123",
  title: "Operations Manager",
  company: "Harborlight Logistics",
  twitter: "@danawhitfield",
  linkedin: "https://www.linkedin.com/in/dana-whitfield",
  facebook: "dana.whitfield",
  skype: "dana.whitfield.hl",
  googleplus: "+DanaWhitfield",
  website: "https://www.harborlight.example.com",
  industry: "Logistics",
  location: "San Francisco, CA",
  updated_at: "2026-01-15T14:32:00Z",
};

/**
 * What a user is assumed to type into an auth field that a `format` mask names
 * (`https://{{account}}.example.org`): short, lowercase, valid in a host name.
 */
export const SAMPLE_AUTH_VALUE = "acme";
