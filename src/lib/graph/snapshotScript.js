// The inline script that follows the graph page's static snapshot (hooks.server.ts): it hides the
// snapshot on any view but the default one and marks its paint for the benchmark
// (`graph:snapshot-paint:<nodes>`, the node count read from the script's `data-n`). One constant,
// never built from data, so the Content-Security-Policy can allow it by its hash (csp.config.js).
export const SNAPSHOT_SCRIPT =
	'(()=>{const c=document.currentScript,s=c.parentElement;' +
	"if(location.search.length>1){s.style.display='none';return}" +
	"requestAnimationFrame(()=>setTimeout(()=>performance.mark('graph:snapshot-paint:'+c.dataset.n)))})()";
