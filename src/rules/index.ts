import {
  authConfigurationRequired,
  authConfigurationUnused,
  authMixedShapes,
  oauthRequiredFields,
} from "./auth-configuration.js";
import { authFieldType, authFormatFields, uniqueFieldNames } from "./auth-fields.js";
import { knownProvider, providerResolvable, uniqueActionName, uniqueIntegrationName } from "./cross-file.js";
import { documentType } from "./document-type.js";
import { enumValue } from "./enum-value.js";
import { fileRead } from "./file-read.js";
import {
  inputDatetimeFormat,
  inputNumberFormat,
  inputSelectDuplicates,
  inputSelectOptions,
  inputTelFormat,
  inputUrlFormat,
  selectValueProvider,
} from "./input-format.js";
import { integrationName } from "./integration-name.js";
import { jsonSyntax } from "./json-syntax.js";
import { legacyAuthenticationFields, legacyKey } from "./legacy-keys.js";
import { actionName, interactionTypes } from "./names.js";
import { noBom } from "./no-bom.js";
import { noDuplicateKeys } from "./no-duplicate-keys.js";
import { noEmptyValue } from "./no-empty-value.js";
import { noSecrets } from "./no-secrets.js";
import {
  displayMaxLength,
  phraseLeadingThen,
  phraseLowercaseStart,
  phraseTitleCase,
  phraseTrailingPeriod,
} from "./phrasing.js";
import { requiredKey } from "./required-key.js";
import { templateSyntax, valueProviderCollection, valueProviderField } from "./templates.js";
import type { DocumentRule, ProjectRule, Rule, RuleMeta } from "./types.js";
import { noUnknownKeys } from "./unknown-keys.js";
import { agentSyncEndpoint, endpointHttps, imageUrl, imageUrlHttps, noEmptyEndpoint } from "./urls.js";
import { valueType } from "./value-type.js";
import { uniqueInputKeys } from "./values.js";

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
