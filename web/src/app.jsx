export function App() {
  return <main><h1>Наставник</h1></main>;
}
