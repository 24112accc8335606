// CDK app entry: one environment-agnostic stack, so synth needs no AWS account or credentials.
import { App } from "aws-cdk-lib";
import { TrackerStack } from "./stack";

const app = new App();
new TrackerStack(app, "CybercrimeTracker");
