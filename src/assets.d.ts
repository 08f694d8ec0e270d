declare module '*.geojson?url' {
  const url: string;
  export default url;
}
declare module '*.json?url' {
  const url: string;
  export default url;
}
