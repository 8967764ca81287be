import { ResponseError as ConnectionResponseError } from 'vscode-languageserver/node';
import { ResponseError as LangiumResponseError } from 'vscode-languageserver-protocol';

/**
 * Langium 4.4 answers a cancelled request with a `ResponseError` of its own copy of
 * vscode-languageserver-protocol (3.18.5, on vscode-jsonrpc 10), but the connection
 * comes from vscode-languageserver 10.1, which pins protocol 3.18.4 (vscode-jsonrpc 9)
 * and recognises errors with `instanceof` on its own class. The error was then sent
 * as a *result*: a cancelled hover, completion or semantic-tokens request got
 * `{"code": -32800}` as its answer, which editors fail to read (found by the stress
 * tests, issue #9). Making Langium's class a subclass of the connection's restores
 * proper error responses. When the two copies are deduplicated (one
 * vscode-languageserver-protocol in node_modules) this does nothing.
 */
export function bridgeResponseErrors(): void {
    const langium = LangiumResponseError.prototype as object;
    if (LangiumResponseError === (ConnectionResponseError as unknown) || langium instanceof ConnectionResponseError) return;
    Object.setPrototypeOf(langium, ConnectionResponseError.prototype);
}
