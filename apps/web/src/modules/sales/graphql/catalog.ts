import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { PIPELINE_FIELDS, PRODUCT_FIELDS } from './fragments';
import type {
  ExchangeRate,
  ExchangeRatesData,
  InputVariables,
  LossReason,
  LossReasonInput,
  Pipeline,
  PriceList,
  PriceListInput,
  PriceListsData,
  Price,
  ProductCategoriesData,
  ProductCategory,
  ProductCategoryInput,
  ProductData,
  ProductInput,
  ProductsData,
  ProductsVariables,
  ProductWithPrices,
  SavePipelineInput,
  SetExchangeRateInput,
  SetPriceInput,
} from './types';

export const PRODUCTS: TypedDocumentNode<ProductsData, ProductsVariables> = gql`
  query SalesProducts($first: Int!, $after: String, $filter: ProductFilter) {
    products(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...ProductFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${PRODUCT_FIELDS}
`;

export const PRODUCT: TypedDocumentNode<ProductData, { id: string }> = gql`
  query SalesProduct($id: ID!) {
    product(id: $id) {
      ...ProductFields
    }
  }
  ${PRODUCT_FIELDS}
`;

export const CREATE_PRODUCT: TypedDocumentNode<{ createProduct: { product: ProductWithPrices } }, InputVariables<ProductInput>> = gql`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        ...ProductFields
      }
    }
  }
  ${PRODUCT_FIELDS}
`;

export const UPDATE_PRODUCT: TypedDocumentNode<
  { updateProduct: { product: ProductWithPrices } },
  InputVariables<ProductInput & { id: string; expectedVersion: number }>
> = gql`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      product {
        ...ProductFields
      }
    }
  }
  ${PRODUCT_FIELDS}
`;

export const SET_PRICE: TypedDocumentNode<{ setPrice: { price: Price } }, InputVariables<SetPriceInput>> = gql`
  mutation SetPrice($input: SetPriceInput!) {
    setPrice(input: $input) {
      price {
        id
        priceListId
        productId
        unitPrice
        validFrom
      }
    }
  }
`;

export const DELETE_PRICE: TypedDocumentNode<{ deletePrice: { id: string } }, { id: string }> = gql`
  mutation DeletePrice($id: ID!) {
    deletePrice(id: $id) {
      id
    }
  }
`;

export const PRODUCT_CATEGORIES: TypedDocumentNode<ProductCategoriesData, Record<string, never>> = gql`
  query ProductCategories {
    productCategories {
      id
      name
      parentId
      version
    }
  }
`;

export const SAVE_PRODUCT_CATEGORY: TypedDocumentNode<
  { saveProductCategory: { category: ProductCategory } },
  InputVariables<ProductCategoryInput>
> = gql`
  mutation SaveProductCategory($input: ProductCategoryInput!) {
    saveProductCategory(input: $input) {
      category {
        id
        name
        parentId
        version
      }
    }
  }
`;

export const PRICE_LISTS: TypedDocumentNode<PriceListsData, Record<string, never>> = gql`
  query PriceLists {
    priceLists {
      id
      name
      currency
      active
      version
    }
  }
`;

export const SAVE_PRICE_LIST: TypedDocumentNode<{ savePriceList: { priceList: PriceList } }, InputVariables<PriceListInput>> = gql`
  mutation SavePriceList($input: PriceListInput!) {
    savePriceList(input: $input) {
      priceList {
        id
        name
        currency
        active
        version
      }
    }
  }
`;

export const EXCHANGE_RATES: TypedDocumentNode<ExchangeRatesData, Record<string, never>> = gql`
  query ExchangeRates {
    exchangeRates {
      id
      currency
      rate
      validOn
      createdAt
    }
  }
`;

export const SET_EXCHANGE_RATE: TypedDocumentNode<{ setExchangeRate: ExchangeRate }, InputVariables<SetExchangeRateInput>> = gql`
  mutation SetExchangeRate($input: SetExchangeRateInput!) {
    setExchangeRate(input: $input) {
      id
      currency
      rate
      validOn
      createdAt
    }
  }
`;

export const DELETE_EXCHANGE_RATE: TypedDocumentNode<{ deleteExchangeRate: { id: string } }, { id: string }> = gql`
  mutation DeleteExchangeRate($id: ID!) {
    deleteExchangeRate(id: $id) {
      id
    }
  }
`;

export const SAVE_PIPELINE: TypedDocumentNode<{ savePipeline: { pipeline: Pipeline } }, InputVariables<SavePipelineInput>> = gql`
  mutation SavePipeline($input: SavePipelineInput!) {
    savePipeline(input: $input) {
      pipeline {
        ...PipelineFields
      }
    }
  }
  ${PIPELINE_FIELDS}
`;

export const SAVE_LOSS_REASON: TypedDocumentNode<{ saveLossReason: { lossReason: LossReason } }, InputVariables<LossReasonInput>> = gql`
  mutation SaveLossReason($input: LossReasonInput!) {
    saveLossReason(input: $input) {
      lossReason {
        id
        name
        position
        archived
        version
      }
    }
  }
`;
