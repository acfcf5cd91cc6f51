// Shapes of report jobs and executions as the contract models them.

export interface ReportJob {
  id: string;
  /** A string rather than ReportType: seeded data includes a type the contract does not know. */
  type: string;
  format: string;
  schedule_name: string;
  start_time: string | null;
  end_time: string | null;
  cron_expr: string;
  active: boolean | null;
  recipients: string | null;
  timezone: string | null;
  params: unknown;
  created_at: string;
  updated_at: string;
}

export interface ReportExecution {
  id: string;
  job_id: string;
  schedule_name: string;
  type: string;
  format: string;
  /** RUNNING, SUCCEEDED or FAILED, and once a status the contract does not know. */
  status: string;
  started_at: string;
  completed_at: string | null;
  file_name: string | null;
  file_size: number | null;
  file_url: string | null;
  error_message: string | null;
}
