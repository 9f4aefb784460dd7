import { actionName } from "./action-name.js";
import { agentSyncEndpoint } from "./agent-sync-endpoint.js";
import { authConfigurationRequired } from "./auth-configuration-required.js";
import { authConfigurationUnused } from "./auth-configuration-unused.js";
import { authFieldType } from "./auth-field-type.js";
import { authFormatFields } from "./auth-format-fields.js";
import { authMixedShapes } from "./auth-mixed-shapes.js";
import { displayMaxLength } from "./display-max-length.js";
import { documentType } from "./document-type.js";
import { endpointHttps } from "./endpoint-https.js";
import { enumValue } from "./enum-value.js";
import { fileRead } from "./file-read.js";
import { imageUrl } from "./image-url.js";
import { imageUrlHttps } from "./image-url-https.js";
import { inputDatetimeFormat } from "./input-datetime-format.js";
import { inputNumberFormat } from "./input-number-format.js";
import { inputSelectDuplicates } from "./input-select-duplicates.js";
import { inputSelectOptions } from "./input-select-options.js";
import { inputTelFormat } from "./input-tel-format.js";
import { inputUrlFormat } from "./input-url-format.js";
import { integrationName } from "./integration-name.js";
import { interactionTypes } from "./interaction-types.js";
import { jsonSyntax } from "./json-syntax.js";
import { knownProvider } from "./known-provider.js";
import { legacyAuthenticationFields } from "./legacy-authentication-fields.js";
import { legacyKey } from "./legacy-key.js";
import { noBom } from "./no-bom.js";
import { noDuplicateKeys } from "./no-duplicate-keys.js";
import { noEmptyEndpoint } from "./no-empty-endpoint.js";
import { noEmptyValue } from "./no-empty-value.js";
import { noSecrets } from "./no-secrets.js";
import { noUnknownKeys } from "./no-unknown-keys.js";
import { oauthRequiredFields } from "./oauth-required-fields.js";
import { phraseLeadingThen } from "./phrase-leading-then.js";
import { phraseLowercaseStart } from "./phrase-lowercase-start.js";
import { phraseTitleCase } from "./phrase-title-case.js";
import { phraseTrailingPeriod } from "./phrase-trailing-period.js";
import { providerResolvable } from "./provider-resolvable.js";
import { requiredKey } from "./required-key.js";
import { selectValueProvider } from "./select-value-provider.js";
import { templateSyntax } from "./template-syntax.js";
import type { DocumentRule, ProjectRule, Rule, RuleMeta } from "./types.js";
import { uniqueActionName } from "./unique-action-name.js";
import { uniqueFieldNames } from "./unique-field-names.js";
import { uniqueInputKeys } from "./unique-input-keys.js";
import { uniqueIntegrationName } from "./unique-integration-name.js";
import { valueProviderCollection } from "./value-provider-collection.js";
import { valueProviderField } from "./value-provider-field.js";
import { valueType } from "./value-type.js";

/** Every rule, in the order the catalogue lists them: file, schema, integration, auth, action, inputs, project. */
export const RULES: readonly Rule[] = [
  // reading the file
  fileRead,
  jsonSyntax,
  noDuplicateKeys,
  noBom,
  documentType,
  // shape of every manifest
  requiredKey,
  valueType,
  enumValue,
  noEmptyValue,
  noUnknownKeys,
  noSecrets,
  // integration
  integrationName,
  legacyKey,
  legacyAuthenticationFields,
  imageUrl,
  imageUrlHttps,
  endpointHttps,
  noEmptyEndpoint,
  agentSyncEndpoint,
  interactionTypes,
  // authentication
  authConfigurationRequired,
  authConfigurationUnused,
  oauthRequiredFields,
  authMixedShapes,
  uniqueFieldNames,
  authFieldType,
  authFormatFields,
  templateSyntax,
  // action
  actionName,
  phraseLowercaseStart,
  phraseTitleCase,
  phraseLeadingThen,
  phraseTrailingPeriod,
  displayMaxLength,
  uniqueInputKeys,
  // input formats and value providers
  valueProviderField,
  valueProviderCollection,
  inputNumberFormat,
  inputDatetimeFormat,
  inputUrlFormat,
  inputTelFormat,
  inputSelectOptions,
  inputSelectDuplicates,
  selectValueProvider,
  // across files
  knownProvider,
  providerResolvable,
  uniqueIntegrationName,
  uniqueActionName,
];

/** Each rule's metadata, in catalogue order. */
export const RULE_METAS: readonly RuleMeta[] = RULES.map((rule) => rule.meta);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export const DOCUMENT_RULES = RULES.filter(
  (rule): rule is DocumentRule => rule.meta.scope !== "file" && rule.meta.scope !== "project",
);
export const PROJECT_RULES = RULES.filter((rule): rule is ProjectRule => rule.meta.scope === "project");
