// Sign-in: the Cognito user pool of the tracker's users, their role groups, the app client and the hosted sign-in domain.
import { Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolGroup,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { ROLES, type Role } from "../shared/auth/identity";

/** The custom attributes that bind a user to a record; the ID token carries them as `custom:<name>`. */
export const CUSTOM_ATTRIBUTES = ["donorId", "mentorId"] as const;

const GROUP_DESCRIPTIONS: Record<Role, string> = {
  admin: "Administers the tracker: every manager right, and its users",
  manager: "Programme managers: validate activities, keep the catalogue and produce the annual report",
  mentor: "Mentors in the field: log their own activities (custom:mentorId names their Mentor record)",
  donor: "Donor staff: read their organisation's summaries (custom:donorId names the donor organisation)",
};

export type IdentityProps = {
  /** Where the hosted sign-in returns the authorization code; defaults to the local server's callback. */
  callbackUrls?: string[];
  /** The hosted sign-in's https://<prefix>.auth.<region>.amazoncognito.com; defaults to the stack name, lowercase. */
  domainPrefix?: string;
};

export class TrackerIdentity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** The `iss` of the pool's tokens; its keys are at `${issuer}/.well-known/jwks.json`. */
  readonly issuer: string;

  constructor(scope: Construct, id: string, props: IdentityProps = {}) {
    super(scope, id);
    const stack = Stack.of(this);

    this.userPool = new UserPool(this, "UserPool", {
      // Managers and admins invite users; nobody signs themselves up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: Object.fromEntries(
        CUSTOM_ATTRIBUTES.map((name) => [name, new StringAttribute({ mutable: true })]),
      ),
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      // An authenticator app only: SMS codes can be intercepted and cost per message.
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Threat protection blocks sign-ins from compromised credentials and risky contexts. It needs
      // the Plus plan, priced per monthly active user: a few cents for the programme's few dozen.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      // The users are the programme's people: deleting the stack, or the pool by hand, must not delete them.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });

    for (const role of ROLES) {
      new UserPoolGroup(this, `Group-${role}`, {
        userPool: this.userPool,
        groupName: role,
        description: GROUP_DESCRIPTIONS[role],
      });
    }

    this.client = this.userPool.addClient("Client", {
      // A public client: the web pages and the CLI cannot keep a secret.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        // Authorization code grant; Cognito enforces PKCE when the request carries a code_challenge.
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: props.callbackUrls ?? ["http://localhost:3000/auth/callback"],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      preventUserExistenceErrors: true,
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(...CUSTOM_ATTRIBUTES),
      // Users may change their name only: the e-mail (sign-in name and audit actor) and the bindings are
      // set by managers and admins, or a donor could bind themselves to another donor's data.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    this.domain = this.userPool.addDomain("Domain", {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? stack.stackName.toLowerCase() },
    });

    this.issuer = `https://cognito-idp.${stack.region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
