import { createContext, useContext } from 'react';

export interface BuilderState {
  /** Server messages by node id. */
  errors: Map<string, string[]>;
  /** Conditions not filled in yet; marked once the user tried to save. */
  incomplete: Set<string>;
  showIncomplete: boolean;
  readOnly: boolean;
}

export const BuilderContext = createContext<BuilderState>({
  errors: new Map(),
  incomplete: new Set(),
  showIncomplete: false,
  readOnly: false,
});

export const useBuilderState = () => useContext(BuilderContext);
