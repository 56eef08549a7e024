export interface NamedRef {
  id: string;
  name: string;
}

export interface OwnerOptionsData {
  users: NamedRef[];
}

export interface TerritoriesData {
  territories: NamedRef[];
}
