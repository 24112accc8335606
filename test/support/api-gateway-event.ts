// A real API Gateway HTTP API (payload format 2.0) event, as Lambda receives it.
import type { APIGatewayProxyEventV2, APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import { decodeJwt } from "jose";
import { asGatewayClaims } from "../../shared/auth/gateway-identity";

export function httpApiEvent(options: {
  method: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  /** As a browser sends them: payload 2.0 carries cookies apart from the headers. */
  cookies?: string[];
  body?: string;
}): APIGatewayProxyEventV2 {
  const now = new Date();
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: options.path,
    rawQueryString: options.query ?? "",
    cookies: options.cookies ?? [],
    headers: {
      accept: "application/json",
      host: "abc123.execute-api.eu-west-1.amazonaws.com",
      "user-agent": "Mozilla/5.0 (Linux; Android 14) Mobile",
      "x-amzn-trace-id": "Root=1-67891233-abcdef012345678912345678",
      "x-forwarded-for": "198.51.100.7",
      "x-forwarded-port": "443",
      "x-forwarded-proto": "https",
      ...options.headers,
    },
    queryStringParameters: options.query ? Object.fromEntries(new URLSearchParams(options.query)) : undefined,
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.eu-west-1.amazonaws.com",
      domainPrefix: "abc123",
      http: {
        method: options.method,
        path: options.path,
        protocol: "HTTP/1.1",
        sourceIp: "198.51.100.7",
        userAgent: "Mozilla/5.0 (Linux; Android 14) Mobile",
      },
      requestId: "JKJaXmPLvHcESHA=",
      routeKey: "$default",
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: options.body,
    isBase64Encoded: false,
  };
}

export const lambdaContext = {
  callbackWaitsForEmptyEventLoop: true,
  functionName: "api",
  functionVersion: "$LATEST",
  invokedFunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:api",
  memoryLimitInMB: "1024",
  awsRequestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
  logGroupName: "/aws/lambda/api",
  logStreamName: "2019/03/28/[$LATEST]abc",
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} satisfies Context;

/**
 * The event of a route behind the JWT authorizer: the bearer token in its header, and its claims
 * as the gateway verified them and hands them on.
 */
export function authorizedEvent(event: APIGatewayProxyEventV2, token: string): APIGatewayProxyEventV2WithJWTAuthorizer {
  return {
    ...event,
    headers: { ...event.headers, authorization: `Bearer ${token}` },
    requestContext: {
      ...event.requestContext,
      authorizer: { jwt: { claims: asGatewayClaims(decodeJwt(token)), scopes: null } },
    },
  };
}
