// A mock bridge: the contract handler over the in-memory sample backend, answering every endpoint
// a manifest and its actions declare. `td-integration dev --mock` and the tests run it; generated
// bridge projects are built from the same modules.

import { createServer } from "node:http";
import { createBridgeHandler } from "./contract.js";
import { describeIntegration, sampleCredentials } from "./integration.js";
import { createSampleBackend } from "./sample-backend.js";

export { createBridgeHandler } from "./contract.js";
export { BridgeError, badRequest, unauthorized } from "./errors.js";
export { checkedAuthKeys, describeIntegration, sampleCredentials } from "./integration.js";
export { createSampleBackend } from "./sample-backend.js";

/**
 * @param {{ manifest: object, actions?: object[], credentials?: Record<string, unknown>, oauthTokenKey?: string,
 *   onError?: (error: unknown) => void }} options
 *   `manifest` and `actions`: parsed JSON. `credentials`: the values accepted (default: sampleCredentials).
 */
export function createMockBridge({ manifest, actions = [], credentials, oauthTokenKey = "access_token", onError }) {
  const integration = describeIntegration(manifest, actions);
  const accepted = credentials ?? sampleCredentials(integration, oauthTokenKey);
  const system = createSampleBackend({ integration, credentials: accepted, oauthTokenKey });
  const handler = createBridgeHandler({ integration, system, onError });
  return {
    integration,
    credentials: accepted,
    handler,
    /** Listens on `host:port` (port 0: any free port); resolves when it is listening. */
    listen(port = 0, host = "127.0.0.1") {
      const server = createServer(handler);
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const address = server.address();
          const shownHost = host.includes(":") ? `[${host}]` : host;
          resolve({
            url: `http://${shownHost}:${address.port}`,
            port: address.port,
            close: () =>
              new Promise((done) => {
                server.closeAllConnections();
                server.close(() => done());
              }),
          });
        });
      });
    },
  };
}
