/**
 * The console's browser script, as text: plain ES2022 for current Chromium and Firefox, with no build step and no
 * dependency. It polls the sandbox it was served by (the API and the control API, same origin) twice a second,
 * renders each list keyed by id so that a row changes only when its item does (an open payload or a focused button
 * survives an update), and verifies every webhook signature itself with Web Crypto.
 */
import { CLIENT_ACTIONS } from "./client-actions.js";
import { CLIENT_CORE } from "./client-core.js";
import { CLIENT_SANDBOX } from "./client-sandbox.js";
import { CLIENT_VIEWS } from "./client-views.js";

/** The parts share one function scope; only the last one starts anything, once every part is defined. */
export const CONSOLE_SCRIPT = [
  '"use strict";',
  "(() => {",
  CLIENT_CORE,
  CLIENT_SANDBOX,
  CLIENT_VIEWS,
  CLIENT_ACTIONS,
  "})();",
].join("\n");
