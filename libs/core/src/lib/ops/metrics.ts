import { Controller, Get, Header } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { Public } from '../access/access.decorators';

/** One registry per process: default Node metrics plus ours. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpDuration = new Histogram({
  name: 'crm_http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const graphqlOperations = new Counter({
  name: 'crm_graphql_operations_total',
  help: 'GraphQL operations by name and outcome',
  labelNames: ['operation', 'outcome'],
  registers: [metricsRegistry],
});

@Controller()
export class MetricsController {
  /** Prometheus text format; keep the port internal or put it behind the proxy's auth. */
  @Public()
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics() {
    return metricsRegistry.metrics();
  }
}
