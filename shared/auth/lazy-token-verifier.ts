// The token verifier with its code (jose, the claims' schema) imported when the first token comes:
// a cold start that serves no token, such as a health check's, does not parse it.
import type { TokenVerifier, VerifierOptions } from "./verify-token";

export function lazyTokenVerifier(options: VerifierOptions): TokenVerifier {
  let verifier: Promise<TokenVerifier> | undefined;
  return async (token) => {
    verifier ??= import("./verify-token")
      .then(({ createTokenVerifier }) => createTokenVerifier(options))
      .catch((error: unknown) => {
        verifier = undefined;
        throw error;
      });
    return (await verifier)(token);
  };
}
