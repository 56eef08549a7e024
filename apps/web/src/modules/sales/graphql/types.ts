import type { Connection } from '../../../ui/usePagedConnection';

export const STAGE_KINDS = ['OPEN', 'WON', 'LOST'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const FORECAST_CATEGORIES = ['PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED'] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];
/** What a user may choose for an open deal or an open stage. */
export const OPEN_FORECAST_CATEGORIES: ForecastCategory[] = ['PIPELINE', 'BEST_CASE', 'COMMIT', 'OMITTED'];

export const PLAN_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type PlanPeriod = (typeof PLAN_PERIODS)[number];

export const PLAN_SUBJECTS = ['USER', 'TEAM', 'DEPARTMENT'] as const;
export type PlanSubject = (typeof PLAN_SUBJECTS)[number];

export const STATISTICS_GROUPS = ['MANAGER', 'TERRITORY', 'PRODUCT', 'CUSTOMER'] as const;
export type StatisticsGroup = (typeof STATISTICS_GROUPS)[number];

export const LIFE_CYCLE_STAGES = ['INTRODUCTION', 'GROWTH', 'MATURITY', 'DECLINE'] as const;
export type LifeCycleStage = (typeof LIFE_CYCLE_STAGES)[number];

export type FigureScope = 'ALL' | 'VISIBLE';

export interface NamedRef {
  id: string;
  name: string;
}

export interface Stage {
  id: string;
  pipelineId: string;
  name: string;
  kind: StageKind;
  position: number;
  probability: number;
  forecastCategory: ForecastCategory;
  version: number;
}

export interface Pipeline {
  id: string;
  name: string;
  isDefault: boolean;
  archived: boolean;
  position: number;
  version: number;
  stages: Stage[];
}

export interface LossReason {
  id: string;
  name: string;
  position: number;
  archived: boolean;
  version: number;
}

/** What a board card, the deal lists and the related-deals tabs show. */
export interface DealListItem {
  id: string;
  number: number;
  title: string;
  amount: number;
  currency: string;
  amountBase: number;
  status: StageKind;
  stageId: string;
  stage: Pick<Stage, 'id' | 'name' | 'kind'>;
  probability: number;
  probabilityManual: boolean;
  expectedCloseOn: string | null;
  closedOn: string | null;
  version: number;
  owner: NamedRef;
  account: { id: string; name: string } | null;
}

export interface Price {
  id: string;
  priceListId: string;
  productId: string;
  unitPrice: number;
  validFrom: string;
}

export interface ProductCategory {
  id: string;
  name: string;
  parentId: string | null;
  version: number;
}

export interface Product {
  id: string;
  sku: string;
  name: string;
  unit: string;
  active: boolean;
  description: string | null;
  categoryId: string | null;
  category: Pick<ProductCategory, 'id' | 'name'> | null;
  version: number;
}

export interface ProductWithPrices extends Product {
  prices: Price[];
}

export interface DealLine {
  id: string;
  position: number;
  productId: string;
  product: Pick<Product, 'id' | 'sku' | 'name' | 'unit'>;
  quantity: number;
  unitPrice: number;
  discountPercent: number;
  amount: number;
}

export interface DealContact {
  contactId: string;
  isPrimary: boolean;
  role: string | null;
  contact: { id: string; code: string; fullName: string } | null;
}

export interface DealStageStay {
  id: string;
  stageId: string;
  stage: Pick<Stage, 'id' | 'name' | 'kind'>;
  enteredAt: string;
  leftAt: string | null;
}

export interface DealDetails extends DealListItem {
  accountId: string | null;
  ownerId: string;
  pipelineId: string;
  pipeline: NamedRef;
  amountFromLines: boolean;
  forecastCategory: ForecastCategory;
  forecastCategoryManual: boolean;
  source: string | null;
  description: string | null;
  lossReasonId: string | null;
  lossReason: Pick<LossReason, 'id' | 'name'> | null;
  lossNote: string | null;
  stageEnteredAt: string;
  lines: DealLine[];
  contacts: DealContact[];
  stageHistory: DealStageStay[];
  createdAt: string;
  updatedAt: string;
}

export interface PriceList {
  id: string;
  name: string;
  currency: string;
  active: boolean;
  version: number;
}

export interface ExchangeRate {
  id: string;
  currency: string;
  rate: string;
  validOn: string;
  createdAt: string;
}

export interface BoardColumn {
  stage: Stage;
  count: number;
  amount: number;
  weightedAmount: number;
}

export interface Board {
  pipelineId: string;
  reportingCurrency: string;
  closedSince: string;
  columns: BoardColumn[];
}

export interface BoardFilter {
  ownerIds?: string[];
  teamId?: string;
  from?: string;
  to?: string;
  search?: string;
}

export interface FunnelStage {
  stage: Pick<Stage, 'id' | 'name' | 'kind'>;
  reached: number;
  conversion: number | null;
  lostHere: number;
  dropOff: number | null;
  averageDays: number | null;
  completedStays: number;
}

export interface Funnel {
  pipelineId: string;
  scope: FigureScope;
  entered: number;
  won: number;
  lost: number;
  wonAmount: number;
  winRate: number | null;
  stages: FunnelStage[];
}

export interface Forecast {
  closed: number;
  commit: number;
  bestCase: number;
  pipeline: number;
  weighted: number;
  expected: number;
}

export interface PlanReportRow {
  periodStart: string;
  periodEnd: string;
  targetAmount: number | null;
  targetUnits: number | null;
  actualAmount: number;
  actualUnits: number;
  attainment: number | null;
  wonDeals: number;
  forecast: Forecast;
}

export interface PlanReport {
  reportingCurrency: string;
  rows: PlanReportRow[];
  total: PlanReportRow;
}

export interface ProductMonthFigure {
  month: string;
  amount: number;
  units: number;
  deals: number;
}

export interface ProductTrend {
  productId: string;
  product: Pick<Product, 'id' | 'sku' | 'name' | 'unit'> | null;
  stage: LifeCycleStage | null;
  totalAmount: number;
  totalUnits: number;
  months: ProductMonthFigure[];
}

export interface StatisticsRow {
  key: string | null;
  label: string;
  month: string | null;
  won: number;
  lost: number;
  wonAmount: number;
  averageWon: number | null;
  winRate: number | null;
}

export interface Plan {
  id: string;
  subject: PlanSubject;
  userId: string | null;
  user: NamedRef | null;
  teamId: string | null;
  team: NamedRef | null;
  productId: string | null;
  product: { id: string; sku: string; name: string } | null;
  period: PlanPeriod;
  periodStart: string;
  periodEnd: string;
  targetAmount: number | null;
  targetUnits: number | null;
  version: number;
}

// ——— inputs ———

export interface DealLineInput {
  productId: string;
  quantity: number;
  unitPrice?: number | null;
  discountPercent?: number | null;
}

export interface DealContactInput {
  contactId: string;
  isPrimary?: boolean;
  role?: string | null;
}

export interface DealFieldsInput {
  title?: string;
  accountId?: string | null;
  contacts?: DealContactInput[];
  ownerId?: string | null;
  currency?: string;
  expectedCloseOn?: string | null;
  probability?: number | null;
  forecastCategory?: ForecastCategory | null;
  source?: string | null;
  description?: string | null;
  lines?: DealLineInput[];
  amount?: number | null;
}

export interface CreateDealInput extends DealFieldsInput {
  pipelineId?: string;
  stageId?: string;
}

export interface UpdateDealInput extends DealFieldsInput {
  id: string;
  expectedVersion: number;
}

export interface MoveDealInput {
  id: string;
  stageId: string;
  expectedVersion: number;
  lossReasonId?: string;
  lossNote?: string;
}

export interface ReopenDealInput {
  id: string;
  stageId: string;
  expectedVersion: number;
}

export interface StageInput {
  id?: string;
  name: string;
  kind: StageKind;
  probability?: number | null;
  forecastCategory?: ForecastCategory | null;
}

export interface SavePipelineInput {
  id?: string;
  expectedVersion?: number;
  name: string;
  isDefault?: boolean;
  archived?: boolean;
  stages: StageInput[];
}

export interface LossReasonInput {
  id?: string;
  name: string;
  position?: number;
  archived?: boolean;
}

export interface ProductInput {
  sku?: string;
  name?: string;
  unit?: string;
  categoryId?: string | null;
  description?: string | null;
  active?: boolean;
}

export interface SetPriceInput {
  priceListId: string;
  productId: string;
  unitPrice: number;
  validFrom: string;
}

export interface PriceListInput {
  id?: string;
  name: string;
  currency: string;
  active?: boolean;
}

export interface ProductCategoryInput {
  id?: string;
  name: string;
  parentId?: string | null;
}

export interface SetExchangeRateInput {
  currency: string;
  rate: number;
  validOn: string;
}

export interface SavePlanInput {
  id?: string;
  expectedVersion?: number;
  subject: PlanSubject;
  userId?: string | null;
  teamId?: string | null;
  productId?: string | null;
  period: PlanPeriod;
  periodStart: string;
  targetAmount?: number | null;
  targetUnits?: number | null;
}

// ——— operation data ———

export interface IdVariables {
  id: string;
}

export interface ReportingCurrencyData {
  appSettings: { reportingCurrency: string };
}

export interface PipelinesData {
  pipelines: Pipeline[];
}

export interface PipelinesVariables {
  includeArchived?: boolean;
}

export interface LossReasonsData {
  lossReasons: LossReason[];
}

export interface LossReasonsVariables {
  includeArchived?: boolean;
}

export interface TeamsData {
  teams: NamedRef[];
}

export interface SalesBoardData {
  salesBoard: Board;
}

export interface SalesBoardVariables {
  pipelineId: string;
  filter?: BoardFilter;
}

export interface BoardColumnDealsData {
  boardColumnDeals: Connection<DealListItem> & { totalCount: number };
}

export interface BoardColumnDealsVariables {
  stageId: string;
  first: number;
  after?: string | null;
  filter?: BoardFilter;
}

export interface DealData {
  deal: DealDetails;
}


export interface CreateDealData {
  createDeal: { deal: DealDetails };
}

export interface UpdateDealData {
  updateDeal: { deal: DealDetails };
}

export interface MoveDealData {
  moveDeal: { deal: DealListItem & { stage: Pick<Stage, 'id' | 'name' | 'kind'> } };
}

export interface ReopenDealData {
  reopenDeal: { deal: DealDetails };
}

export interface DeleteDealData {
  deleteDeal: { id: string };
}

export interface InputVariables<TInput> {
  input: TInput;
}

export interface AccountDealsData {
  account: { id: string; deals: DealListItem[] };
}

export interface ContactDealsData {
  contact: { id: string; deals: DealListItem[] };
}

export interface ContactOptionsData {
  searchContacts: { id: string; code: string; fullName: string }[];
}

export interface ContactOptionsVariables {
  query: string;
}

export interface ContactRefData {
  contact: { id: string; code: string; fullName: string };
}

export interface ProductsData {
  products: Connection<ProductWithPrices>;
}

export interface ProductsVariables {
  first: number;
  after?: string | null;
  filter?: { search?: string; active?: boolean; categoryId?: string };
}

export interface ProductData {
  product: ProductWithPrices;
}

export interface ProductCategoriesData {
  productCategories: ProductCategory[];
}

export interface PriceListsData {
  priceLists: PriceList[];
}

export interface ExchangeRatesData {
  exchangeRates: ExchangeRate[];
}

export interface FunnelData {
  salesFunnel: Funnel;
}

export interface FunnelVariables {
  input: { pipelineId: string; from: string; to: string; ownerId?: string; teamId?: string };
}

export interface PlanReportData {
  salesPlanReport: PlanReport;
}

export interface PlanReportVariables {
  input: {
    period: PlanPeriod;
    from: string;
    to: string;
    subject: PlanSubject;
    userId?: string;
    teamId?: string;
    productId?: string;
  };
}

export interface ProductTrendsData {
  productTrends: ProductTrend[];
}

export interface ProductTrendsVariables {
  months: number;
}

export interface StatisticsData {
  salesStatistics: StatisticsRow[];
}

export interface StatisticsVariables {
  input: { groupBy: StatisticsGroup; from: string; to: string; pipelineId?: string };
}

export interface PlansData {
  salesPlans: Plan[];
}

export interface PlansVariables {
  filter: { from: string; to: string; period?: PlanPeriod; subject?: PlanSubject };
}
