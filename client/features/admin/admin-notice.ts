export interface Notice {
  text: string;
  isError: boolean;
}
