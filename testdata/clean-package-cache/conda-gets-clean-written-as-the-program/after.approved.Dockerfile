FROM continuumio/miniconda3
RUN /opt/conda/bin/conda install -y numpy && /opt/conda/bin/conda clean -ay
RUN conda create -y -n app python=3.12 && conda run -n app python --version && conda clean -ay
RUN mamba install -y pandas && mamba clean -ay
