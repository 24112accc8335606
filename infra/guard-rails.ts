// What keeps the deployed API within bounds and tells someone when it is not: the API's access log
// and throttling, and alarms on the errors and throttles of each part, sent to one SNS topic.
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import { type HttpApi, LogGroupLogDestination } from "aws-cdk-lib/aws-apigatewayv2";
import { Alarm, ComparisonOperator, type IMetric, MathExpression, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { Table } from "aws-cdk-lib/aws-dynamodb";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Topic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";

/** Requests per second the API serves before it answers 429, and the burst above that it absorbs. */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 };

/**
 * One JSON object per request, without anything personal: no address, user agent or token, and the
 * path as routed, so an id in it names a record, never a person.
 */
const ACCESS_LOG_FIELDS = {
  requestId: "$context.requestId",
  time: "$context.requestTimeEpoch",
  method: "$context.httpMethod",
  path: "$context.path",
  routeKey: "$context.routeKey",
  status: "$context.status",
  protocol: "$context.protocol",
  responseLength: "$context.responseLength",
  responseLatency: "$context.responseLatency",
  integrationLatency: "$context.integrationLatency",
  integrationStatus: "$context.integrationStatus",
  integrationError: "$context.integrationErrorMessage",
  error: "$context.error.message",
};

export type GuardRailsProps = { httpApi: HttpApi; function: IFunction; table: Table };

export class GuardRails extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[];
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, { httpApi, function: fn, table }: GuardRailsProps) {
    super(scope, id);

    this.accessLogs = new LogGroup(this, "AccessLogs", {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    httpApi.addStage("Stage", {
      stageName: "$default",
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    // Subscribe the programme's operators to it (email, chat) after deployment.
    this.alarmTopic = new Topic(this, "Alarms", { displayName: "Cybercrime tracker alarms", enforceSSL: true });
    const action = new SnsAction(this.alarmTopic);
    const alarm = (name: string, metric: IMetric, description: string) => {
      const created = new Alarm(this, name, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      return created;
    };
    const fiveMinutes = { period: Duration.minutes(5), statistic: "Sum" };
    this.alarms = [
      alarm(
        "Api5xx",
        httpApi.metricServerError(fiveMinutes),
        "The API answered 5xx (500: a fault of ours; 503: the database)",
      ),
      alarm(
        "FunctionErrors",
        fn.metricErrors(fiveMinutes),
        "The API function failed (an error Lambda saw, or a timeout)",
      ),
      alarm("FunctionThrottles", fn.metricThrottles(fiveMinutes), "The API function reached its reserved concurrency"),
      alarm(
        "TableThrottles",
        new MathExpression({
          expression: "reads + writes",
          usingMetrics: {
            reads: table.metric("ReadThrottleEvents", fiveMinutes),
            writes: table.metric("WriteThrottleEvents", fiveMinutes),
          },
          period: Duration.minutes(5),
        }),
        "DynamoDB throttled reads or writes of the table",
      ),
    ];
  }
}
